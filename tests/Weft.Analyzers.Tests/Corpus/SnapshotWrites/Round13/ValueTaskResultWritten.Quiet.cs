// The quiet twin: the helper returns a copy.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.SnapshotWrites.ValueTaskResultWrittenQuiet;

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
        return [.. Catalog.Current.Regions];
    }

    public static async Task AddLocalAsync(string region)
    {
        var regions = await LoadAsync();
        regions.Add(region);
    }
}
