// Twin: the extension method only reads.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.ExtensionMethodAfterPublishQuiet;

public static class ListExtensions
{
    public static bool Has<T>(this List<T> list, T item) => list.Contains(item);
}

public static class Pools
{
    public static bool Publish(Slot<List<string>> slot, List<string> endpoints)
    {
        slot.Publish(endpoints);
        return endpoints.Has("db-3:5432");
    }
}
