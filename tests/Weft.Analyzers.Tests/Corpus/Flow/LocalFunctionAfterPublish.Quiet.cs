// The same local function, called while the list is still private.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Flow.LocalFunction;

public static class Bootstrap
{
    public static async Task RunAsync(Slot<List<int>> ports, int basePort)
    {
        var list = new List<int> { basePort };
        AddAdminPorts();
        await ports.PublishAsync(list);

        void AddAdminPorts()
        {
            list.Add(basePort + 1);
            list.Add(basePort + 2);
        }
    }
}
