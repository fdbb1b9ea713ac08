// Quiet twin: the primary-constructor parameter is read only by a property initializer, which copies it into an
// immutable array; no hidden field keeps the caller's array.
using System.Collections.Immutable;
using Weft;

namespace Corpus.R11.PrimaryCtorCapturedArrayQuiet;

[ThreadLocalSlot]
public sealed partial class Weights(string[] names)
{
    public ImmutableArray<string> Names { get; } = [.. names];
    public int Count => Names.Length;
    public string NameAt(int index) => Names[index];
}
