// WEFT0100 on a slot type in the global namespace, the attribute written with its namespace and the Attribute
// suffix (`[Weft.ThreadLocalSlotAttribute]`). No namespace: each corpus file compiles on its own, so the global
// name cannot clash.
[Weft.ThreadLocalSlotAttribute]
public sealed class GlobalRoutes6a // expect: WEFT0100 "GlobalRoutes6a"
{
    public int Version { get; init; }
}
