// WEFT0008: a C# 14 extension block member that adds to its receiver, called on a captured List in the callback. Page:
// "a C# 14 extension block's member as a classic this extension method (names.Track(id.Name) over extension(List<string>
// list) { public void Track(string n) => list.Add(n); })". Reading: reported at the call in the callback.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R17.PerWorkerCallbacks.ExtensionBlockTrack;

public static class Tracking
{
    extension(List<string> list)
    {
        public void Track(string n) => list.Add(n);
    }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Identity
{
    public string Name = "";

    public static async Task<List<string>> NamesAsync(WorkerPool pool)
    {
        var names = new List<string>();
        await UpdateAllAsync(pool, id => names.Track(id.Name)); // expect: WEFT0008
        return names;
    }
}
