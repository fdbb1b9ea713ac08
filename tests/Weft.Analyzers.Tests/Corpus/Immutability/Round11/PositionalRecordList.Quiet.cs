// Quiet twin: the positional parameter is an ImmutableList.
using System.Collections.Immutable;
using Weft;

namespace Corpus.R11.PositionalRecordListQuiet;

[ThreadLocalSlot]
public sealed partial record Zones(
    string Region,
    ImmutableList<string> Names);
