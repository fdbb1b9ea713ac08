// Round 3. The published server config holds a listener whose options list is appended to after publishing: a collection placed inside it, two levels down.
using System.Collections.Generic;
using Weft.Slots;
using Weft;

namespace Corpus.PublishedWrites.Round3.NestedCollectionTwoDeep;

public sealed class ListenerConfig
{
    public List<string> Options { get; } = new();
}

public sealed class ServerConfig
{
    public ListenerConfig Listener { get; } = new();
}

public static class Boot
{
    public static void Start(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<ServerConfig>();
        var config = new ServerConfig();
        var options = config.Listener.Options;
        slot.Publish(config);
        options.Add("reuseport"); // expect: WEFT0002
    }
}
