//! Phi coalescing: a phi and the values flowing into it share one register where their live
//! ranges do not overlap, so that entering the phi's block moves nothing.
//!
//! mem2reg turns every variable of -O0 code into phis at each merge point; an interpreter's
//! dispatch loop then copies each of its variables twice per iteration (into the merge of the
//! cases, then into the loop header) although the value did not change. Two SSA values
//! interfere exactly when one is live where the other is defined; liveness is computed per
//! candidate value, from its uses back to its definition, over the blocks.
//!
//! Only single-slot values take part: every instruction producing one reads its operands
//! before it writes its result, so a value may share a register with an operand that dies
//! there.

use rustc_hash::FxHashMap;

use crate::llvm::{Block, Value};

/// Where a value is defined or used: (block index, position in the block). Phis are defined
/// at position -1 (together, before the block's instructions), parameters at -2 in the entry
/// block; a phi's use is at the end of the incoming block (`i64::MAX`).
type Point = (usize, i64);

const BLOCK_END: i64 = i64::MAX;

/// A value's live range: the blocks it is live into and out of, and its uses.
struct Range {
    def: Point,
    live_in: Vec<u64>,
    live_out: Vec<u64>,
    uses: Vec<Point>,
}

fn bit(set: &[u64], index: usize) -> bool {
    set[index / 64] & (1 << (index % 64)) != 0
}

fn set_bit(set: &mut [u64], index: usize) -> bool {
    let was = bit(set, index);
    set[index / 64] |= 1 << (index % 64);
    !was
}

impl Range {
    /// Whether the value is live just after `point` (another value's definition there).
    fn live_at(&self, point: Point) -> bool {
        let (block, position) = point;
        if self.def == point {
            // Defined together (phis of one block, parameters): live if used at all.
            return !self.uses.is_empty();
        }
        let defined_here = self.def.0 == block;
        if defined_here && self.def.1 > position {
            return false;
        }
        if !defined_here && !bit(&self.live_in, block) {
            return false;
        }
        bit(&self.live_out, block) || self.uses.iter().any(|&(b, p)| b == block && p > position)
    }
}

/// The function's control flow and instruction positions.
pub(super) struct Coalescer<'a, 'm> {
    blocks: &'a FxHashMap<Block<'m>, usize>,
    predecessors: Vec<Vec<usize>>,
    positions: FxHashMap<Value<'m>, Point>,
    /// Values that have no register of their own: their uses read these values.
    transparent: &'a FxHashMap<Value<'m>, Vec<Value<'m>>>,
    ranges: FxHashMap<Value<'m>, Range>,
}

impl<'a, 'm> Coalescer<'a, 'm> {
    pub(super) fn new(
        order: &[Block<'m>],
        blocks: &'a FxHashMap<Block<'m>, usize>,
        params: &[Value<'m>],
        transparent: &'a FxHashMap<Value<'m>, Vec<Value<'m>>>,
    ) -> Coalescer<'a, 'm> {
        let mut predecessors = vec![Vec::new(); order.len()];
        let mut positions = FxHashMap::default();
        for param in params {
            positions.insert(*param, (0, -2));
        }
        for (index, block) in order.iter().enumerate() {
            let instructions = block.instructions();
            for (position, instruction) in instructions.iter().enumerate() {
                let position = if instruction.is_phi() {
                    -1
                } else {
                    position as i64
                };
                positions.insert(*instruction, (index, position));
            }
            if let Some(terminator) = instructions.last() {
                for k in 0..terminator.successor_count() {
                    predecessors[blocks[&terminator.successor(k)]].push(index);
                }
            }
        }
        Coalescer {
            blocks,
            predecessors,
            positions,
            transparent,
            ranges: FxHashMap::default(),
        }
    }

    /// Where the register of `through` is read: at its users, at the users of transparent
    /// values reading it, and for phis at the end of the incoming block.
    fn uses(&self, through: Value<'m>, out: &mut Vec<Point>) {
        for user in through.users() {
            if user == through {
                continue;
            }
            if self
                .transparent
                .get(&user)
                .is_some_and(|reads| reads.contains(&through))
            {
                self.uses(user, out);
            } else if user.is_phi() {
                for (incoming, block) in user.incoming() {
                    if incoming == through {
                        out.push((self.blocks[&block], BLOCK_END));
                    }
                }
            } else if let Some(&point) = self.positions.get(&user) {
                out.push(point);
            }
        }
    }

    fn range(&mut self, value: Value<'m>) -> &Range {
        if !self.ranges.contains_key(&value) {
            let words = self.predecessors.len().div_ceil(64);
            let def = self.positions[&value];
            let mut uses = Vec::new();
            self.uses(value, &mut uses);
            let mut live_in = vec![0u64; words];
            let mut live_out = vec![0u64; words];
            let mut work = Vec::new();
            for &(block, position) in &uses {
                if position == BLOCK_END {
                    work.push(block);
                } else if block != def.0 && set_bit(&mut live_in, block) {
                    work.extend(&self.predecessors[block]);
                }
            }
            while let Some(block) = work.pop() {
                set_bit(&mut live_out, block);
                if block != def.0 && set_bit(&mut live_in, block) {
                    work.extend(&self.predecessors[block]);
                }
            }
            self.ranges.insert(
                value,
                Range {
                    def,
                    live_in,
                    live_out,
                    uses,
                },
            );
        }
        &self.ranges[&value]
    }

    fn interfere(&mut self, a: Value<'m>, b: Value<'m>) -> bool {
        let def_b = self.range(b).def;
        if self.range(a).live_at(def_b) {
            return true;
        }
        let def_a = self.range(a).def;
        self.range(b).live_at(def_a)
    }

    /// Classes of values sharing a register: each phi with its incoming values (`eligible`
    /// ones: single-slot, with a register of their own) where no two members interfere.
    /// Returns each coalesced value's representative.
    pub(super) fn classes(
        mut self,
        phis: &[Value<'m>],
        eligible: impl Fn(Value<'m>) -> bool,
    ) -> FxHashMap<Value<'m>, Value<'m>> {
        /// Classes larger than this are not grown (interference checks are pairwise).
        const LARGEST: usize = 32;
        let mut class: FxHashMap<Value<'m>, usize> = FxHashMap::default();
        let mut members: Vec<Vec<Value<'m>>> = Vec::new();
        for &phi in phis {
            if !eligible(phi) {
                continue;
            }
            for (incoming, _) in phi.incoming() {
                if !self.positions.contains_key(&incoming) || !eligible(incoming) {
                    continue;
                }
                let [p, v] = [phi, incoming].map(|value| {
                    *class.entry(value).or_insert_with(|| {
                        members.push(vec![value]);
                        members.len() - 1
                    })
                });
                if p == v || members[p].len() + members[v].len() > LARGEST {
                    continue;
                }
                let (left, right) = (members[p].clone(), members[v].clone());
                let clash = left
                    .iter()
                    .any(|&a| right.iter().any(|&b| self.interfere(a, b)));
                if clash {
                    continue;
                }
                let moved = std::mem::take(&mut members[v]);
                for &value in &moved {
                    class.insert(value, p);
                }
                members[p].extend(moved);
            }
        }
        let mut representative = FxHashMap::default();
        for group in members.iter().filter(|group| group.len() > 1) {
            for &value in group {
                representative.insert(value, group[0]);
            }
        }
        representative
    }
}
