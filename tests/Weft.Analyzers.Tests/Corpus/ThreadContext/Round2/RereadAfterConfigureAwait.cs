// Round 2. The snapshot read before the ConfigureAwait(false) is fine; reading it again after is not.
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
        return Path.Combine(Paths.Current.Root, text); // expect: WEFT0005
    }
}
