// Round 3. The same positional record with an ImmutableArray: deeply immutable, quiet.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.Round3.PositionalRecordList;

[ThreadLocalSlot]
public sealed partial record BackendSet(
    string Name,
    ImmutableArray<string> Hosts);
