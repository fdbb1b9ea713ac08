// Round 2. A user type with an indexer setter is published; the setter is called afterwards.
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
    public static void Publish(Slot<HeaderMap> slot, HeaderMap map)
    {
        slot.Publish(map);
        map["x-served-by"] = "weft"; // expect: WEFT0002
    }
}
