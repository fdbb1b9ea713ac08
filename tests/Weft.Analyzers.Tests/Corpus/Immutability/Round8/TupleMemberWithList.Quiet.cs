// Twin: the ports are an ImmutableArray and the banner bytes an ImmutableArray<byte>.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.R8.TupleMemberWithListQuiet;

[ThreadLocalSlot]
public sealed partial class Upstream
{
    public (string Host, ImmutableArray<int> Ports) Target { get; init; }
    public ImmutableArray<byte> Banner { get; init; }
}
