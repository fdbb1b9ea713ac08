// Round 3. The list holds the counts of the caches (ints); only those go to Task.Run.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.Round3.ListOfCaches;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Work
{
    public static Task TrimAllAsync()
    {
        var counts = new List<int> { ConnectionCache.Current.Count };
        return Task.Run(() => counts.ForEach(c => System.Console.WriteLine(c)));
    }
}
