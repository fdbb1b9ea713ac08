// A ReadOnlyDictionary view published, its source dictionary written afterwards.
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
        var view = new ReadOnlyDictionary<string, string>(map);
        await slot.PublishAsync(view);
        map["api"] = "backend"; // expect: WEFT0002
    }
}
