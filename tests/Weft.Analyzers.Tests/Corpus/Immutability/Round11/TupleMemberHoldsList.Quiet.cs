// Quiet twin: the tuple carries an ImmutableArray of ports.
using System.Collections.Immutable;
using Weft;

namespace Corpus.R11.TupleMemberHoldsListQuiet;

[ThreadLocalSlot]
public sealed partial class Primary
{
    public (string Name, ImmutableArray<int> Ports) Endpoint { get; init; }
}
