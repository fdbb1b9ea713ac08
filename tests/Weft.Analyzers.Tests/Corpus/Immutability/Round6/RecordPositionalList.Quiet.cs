// Quiet twin of RecordPositionalList: ImmutableArray<string> in the positional parameter. The record's synthesized
// members (EqualityContract, copy constructor, Deconstruct) are not mutable state.
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.RecordPositionalList;

[ThreadLocalSlot]
public sealed partial record Routes(
    string Name,
    ImmutableArray<string> Hosts);
