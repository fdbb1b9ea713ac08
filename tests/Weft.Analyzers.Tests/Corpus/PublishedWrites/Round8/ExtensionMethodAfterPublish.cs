// WEFT0002: an extension method on List<T> that adds, used after the publish.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.ExtensionMethodAfterPublish;

public static class ListExtensions
{
    public static void AddUnique<T>(this List<T> list, T item)
    {
        if (!list.Contains(item))
        {
            list.Add(item);
        }
    }
}

public static class Pools
{
    public static void Publish(Slot<List<string>> slot, List<string> endpoints)
    {
        slot.Publish(endpoints);
        endpoints.AddUnique("db-3:5432"); // expect: WEFT0002
    }
}
