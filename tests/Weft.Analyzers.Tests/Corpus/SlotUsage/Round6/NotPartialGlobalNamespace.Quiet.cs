// Quiet twin of NotPartialGlobalNamespace: the same global-namespace slot type, partial.
[Weft.ThreadLocalSlotAttribute]
public sealed partial class GlobalRoutes6a
{
    public int Version { get; init; }
}
