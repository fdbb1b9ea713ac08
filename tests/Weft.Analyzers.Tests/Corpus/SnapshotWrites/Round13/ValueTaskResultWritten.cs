// An async helper returns the snapshot's list through a ValueTask; the caller awaits it (plain await: still on the
// worker) and appends. Issue 10: "a helper that returns snapshot data that the caller then writes".
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.SnapshotWrites.ValueTaskResultWritten;

[ThreadLocalSlot]
public sealed partial class Catalog
{
    public List<string> Regions { get; init; } = new(); // expect: WEFT0001
}

public static class Regions
{
    private static async ValueTask<List<string>> LoadAsync()
    {
        await Task.Yield();
        return Catalog.Current.Regions;
    }

    public static async Task AddLocalAsync(string region)
    {
        var regions = await LoadAsync();
        regions.Add(region); // expect: WEFT0003
    }
}
