// Quiet twin of NotPartialTopLevel: the slot type after top-level statements is partial.
using Weft;

System.Console.WriteLine("edge");

[ThreadLocalSlot]
sealed partial class Routes6aTopLevel
{
    public int Version { get; init; }
}
