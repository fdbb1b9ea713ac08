// WEFT0001 on a snapshot type in the global namespace, attribute as `[Weft.ThreadLocalSlot]`, holding a
// Dictionary through a nullable reference type.
using System.Collections.Generic;

[Weft.ThreadLocalSlot]
public sealed partial class GlobalHosts6a
{
    public Dictionary<string, string>? Aliases { get; init; } // expect: WEFT0001 "Aliases"
}
