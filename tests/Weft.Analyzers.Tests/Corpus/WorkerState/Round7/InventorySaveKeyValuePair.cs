// Game server: a worker saves a player's inventory on the thread pool, passing a KeyValuePair made with
// KeyValuePair.Create as the work item's state; the pair's Value is the worker's live inventory list. Twin: the pair
// carries an array copy.
using System.Collections.Generic;
using System.Threading;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.InventorySaveKeyValuePair;

public sealed record Item(string Id, int Count);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Inventories
{
    public Dictionary<string, List<Item>> ByPlayer { get; } = new();
}

public static class InventoryStore
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> s_saved = new();

    public static void Save(KeyValuePair<string, IReadOnlyList<Item>> entry) => s_saved[entry.Key] = entry.Value.Count;
}

public sealed class InventoryService
{
    public void Checkpoint(string player)
    {
        if (!Inventories.Current.ByPlayer.TryGetValue(player, out List<Item>? items)) return;
        var entry = KeyValuePair.Create(player, (IReadOnlyList<Item>)items);
        ThreadPool.QueueUserWorkItem(InventoryStore.Save, entry, preferLocal: false); // expect: WEFT0004
    }
}

public static class ItemRules
{
    public const int MaxStack = 99;

    public static bool IsValid(Item item) => item.Count is > 0 and <= MaxStack;

    public static int Slots(IEnumerable<Item> items)
    {
        int slots = 0;
        foreach (Item item in items) slots += (item.Count + MaxStack - 1) / MaxStack;
        return slots;
    }
}
