// Report place: the call that runs the local function after the publish, or the writes inside it (group
// marker); in the quiet twin the same writes run before the publish and must not be reported.
// A local function that fills the list, called after the list went out.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Flow.LocalFunction;

public static class Bootstrap
{
    public static async Task RunAsync(Slot<List<int>> ports, int basePort)
    {
        var list = new List<int> { basePort };
        await ports.PublishAsync(list);
        AddAdminPorts(); // expect: WEFT0002 #late

        void AddAdminPorts()
        {
            list.Add(basePort + 1); // expect: WEFT0002 #late
            list.Add(basePort + 2); // expect: WEFT0002 #late
        }
    }
}
