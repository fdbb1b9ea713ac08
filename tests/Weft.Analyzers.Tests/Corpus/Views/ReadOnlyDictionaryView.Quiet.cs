// Fill the dictionary, then publish the view; nothing writes the source afterwards.
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Views.DictionaryView;

public static class Aliases
{
    public static async Task PublishAsync(Slot<ReadOnlyDictionary<string, string>> slot)
    {
        var map = new Dictionary<string, string> { ["www"] = "web" };
        map["api"] = "backend";
        var view = new ReadOnlyDictionary<string, string>(map);
        await slot.PublishAsync(view);
    }
}
