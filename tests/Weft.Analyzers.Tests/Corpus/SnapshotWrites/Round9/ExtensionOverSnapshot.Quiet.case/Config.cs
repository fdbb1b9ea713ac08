// WEFT0003 across files: an extension method in this file hands back a snapshot's array member; Tuning.cs calls it on
// Current and clears part of the array (WEFT0001 silenced on purpose on the array member).
using Weft;

namespace Corpus.SnapshotWrites.R9.ExtensionOverSnapshot;

[ThreadLocalSlot]
public sealed partial class Config
{
#pragma warning disable WEFT0001
    public int[] Timeouts { get; init; } = [100, 200, 400];
#pragma warning restore WEFT0001
}

public static class ConfigExtensions
{
    public static int[] TimeoutsOf(this Config config) => config.Timeouts;
}
