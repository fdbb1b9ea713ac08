// Round 2. The snapshot is read once, before the ConfigureAwait(false); the local holding it is used after, which is
// fine: snapshot data may be read on any thread.
using System.IO;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.Round2.Reread;

[ThreadLocalSlot]
public sealed partial class Paths
{
    public string Root { get; init; } = "/srv";
}

public static class Static
{
    public static async Task<string> ReadAsync(string name)
    {
        var paths = Paths.Current;
        string text = await File.ReadAllTextAsync(Path.Combine(paths.Root, name)).ConfigureAwait(false);
        return Path.Combine(paths.Root, text);
    }
}
