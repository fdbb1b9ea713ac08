// Round 3. The extension method runs before the dictionary is published.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.PublishedWrites.Round3.ExtensionMethodAfterPublish;

public static class HeaderExtensions
{
    public static void AddDefaults(this Dictionary<string, string> headers) => headers["server"] = "weft";
}

public static class HeaderAdmin
{
    public static async Task ApplyAsync(Slot<Dictionary<string, string>> slot, Dictionary<string, string> headers)
    {
        headers.AddDefaults();
        await slot.PublishAsync(headers);
    }
}
