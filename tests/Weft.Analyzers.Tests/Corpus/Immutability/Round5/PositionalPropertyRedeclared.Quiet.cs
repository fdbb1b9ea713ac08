// Quiet twin of PositionalPropertyRedeclared: the redeclared positional property keeps `init`, and the computed string
// is a Lazy<string> (accepted by the page for an immutable T) built in the initializer.
using System;
using Weft;

namespace Corpus5a.PositionalPropertyRedeclaredQuiet;

[ThreadLocalSlot]
public sealed partial record Backend(string Host, int Port)
{
    public int Port { get; init; } = Port;
    private readonly Lazy<string> _display = new(() => $"{Host}:{Port}");

    public string Display => _display.Value;
}
