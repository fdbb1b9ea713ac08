// WEFT0100 on a slot type declared after top-level statements (the file compiles as a program).
using Weft;

System.Console.WriteLine("edge");

[ThreadLocalSlot]
sealed class Routes6aTopLevel // expect: WEFT0100 "Routes6aTopLevel"
{
    public int Version { get; init; }
}
