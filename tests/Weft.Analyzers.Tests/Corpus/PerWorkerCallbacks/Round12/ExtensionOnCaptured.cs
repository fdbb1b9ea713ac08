// C# 14 extension block method that adds to its receiver list, called on a captured list in an update run on every
// worker. Reading taken: reported at the call in the callback or inside the extension (#escape).
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R12.ExtensionOnCaptured;

public static class ListExtensions
{
    extension(List<string> list)
    {
        public void Track(string name) => list.Add(name); // expect: WEFT0008 #escape
    }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Identity
{
    public string Name { get; } = "w";
}

public static class Roll
{
    public static async Task<List<string>> Names(WorkerPool pool)
    {
        List<string> names = [];
        await Identity.UpdateAllAsync(pool, id => names.Track(id.Name)); // expect: WEFT0008 #escape
        return names;
    }
}
