// An unsealed record, and a private field written lazily to cache a hash: both make the snapshot mutable.
using Weft;

namespace Corpus.Immutability.RecordHash;

[ThreadLocalSlot]
public partial record Limits(int MaxConnections, int MaxStreams); // expect: WEFT0001

[ThreadLocalSlot]
public sealed partial class Fingerprint
{
    private int _hash; // expect: WEFT0001

    public string Text { get; init; } = "";

    public int Hash => _hash != 0 ? _hash : _hash = Text.GetHashCode(System.StringComparison.Ordinal);
}
