// A snapshot class whose primary-constructor parameter (an array) is used by a member outside an initializer: the
// compiler keeps it in a hidden field of every instance, so every worker reads one writable array.
using System.Collections.Immutable;
using Weft;

namespace Corpus.R11.PrimaryCtorCapturedArray;

[ThreadLocalSlot]
public sealed partial class Weights(string[] names) // expect: WEFT0001
{
    public int Count => names.Length;
    public string NameAt(int index) => names[index];
}
