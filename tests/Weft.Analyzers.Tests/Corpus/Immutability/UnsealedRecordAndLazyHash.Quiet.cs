// A sealed record, and the hash computed once in the initializer of a readonly field.
using Weft;

namespace Corpus.Immutability.RecordHash;

[ThreadLocalSlot]
public sealed partial record Limits(int MaxConnections, int MaxStreams);

[ThreadLocalSlot]
public sealed partial class Fingerprint
{
    private readonly int _hash;

    public Fingerprint(string text)
    {
        Text = text;
        _hash = text.GetHashCode(System.StringComparison.Ordinal);
    }

    public string Text { get; }

    public int Hash => _hash;
}
