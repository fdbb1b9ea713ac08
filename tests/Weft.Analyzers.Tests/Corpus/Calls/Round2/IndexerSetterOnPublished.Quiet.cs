// Round 2. The indexer setter runs before the publish; after it only the getter is used.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Calls.Round2.IndexerSetter;

public sealed class HeaderMap
{
    private readonly Dictionary<string, string> _headers = new();

    public string this[string name]
    {
        get => _headers[name];
        set => _headers[name] = value;
    }
}

public static class Headers
{
    public static string Publish(Slot<HeaderMap> slot, HeaderMap map)
    {
        map["x-served-by"] = "weft";
        slot.Publish(map);
        return map["x-served-by"];
    }
}
