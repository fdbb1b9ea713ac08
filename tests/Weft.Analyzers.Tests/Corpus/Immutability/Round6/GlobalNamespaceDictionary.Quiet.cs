// Quiet twin of GlobalNamespaceDictionary: an ImmutableDictionary through a nullable reference type.
using System.Collections.Immutable;

[Weft.ThreadLocalSlot]
public sealed partial class GlobalHosts6a
{
    public ImmutableDictionary<string, string>? Aliases { get; init; }
}
