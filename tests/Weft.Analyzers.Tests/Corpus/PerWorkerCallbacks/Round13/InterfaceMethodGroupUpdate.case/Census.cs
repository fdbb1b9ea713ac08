using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.PerWorkerCallbacks.InterfaceMethodGroupUpdate;

public static class Census
{
    public static async Task<int> CountAsync(Slot<Dictionary<string, int>> perHost)
    {
        var tally = new ConnectionTally();
        ITally<Dictionary<string, int>> sink = tally;
        await perHost.RunOnAllThreadsAsync(sink.Add); // expect: WEFT0008
        return tally.Connections;
    }
}
