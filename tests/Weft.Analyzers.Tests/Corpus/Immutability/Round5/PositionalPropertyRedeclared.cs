// WEFT0001: a positional record redeclares one of its positional properties with `{ get; set; }` (a common way to make
// one member "editable"), and caches a computed string in a private writable field.
using Weft;

namespace Corpus5a.PositionalPropertyRedeclared;

[ThreadLocalSlot]
public sealed partial record Backend(string Host, int Port)
{
    public int Port { get; set; } = Port; // expect: WEFT0001
    private string? _display; // expect: WEFT0001

    public string Display => _display ??= $"{Host}:{Port}";
}
