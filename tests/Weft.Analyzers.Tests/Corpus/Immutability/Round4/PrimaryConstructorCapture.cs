// A snapshot class with a primary constructor whose `string[]` parameter is captured by its members: the compiler
// stores it in a hidden, writable field, so every instance holds a mutable array (the caller still has it too).
// Reading taken: WEFT0001's title asks for a deeply immutable type, and a captured primary-constructor parameter is
// instance state like a field; the diagnostic is expected on the declaration line (which holds both the type name and
// the parameter). Doc ambiguity: the page lists members only.
using Weft;

namespace Corpus.Round4.PrimaryConstructorCapture;

[ThreadLocalSlot]
public sealed partial class BackendList(string[] hosts) // expect: WEFT0001
{
    public int Count => hosts.Length;

    public string this[int index] => hosts[index];
}
