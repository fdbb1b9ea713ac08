// Round 2. A plain `await using`: the disposal resumes on the worker, and Current is valid after the block.
using System.IO;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.Round2.AwaitUsing;

[ThreadLocalSlot]
public sealed partial class Storage
{
    public string Root { get; init; } = "/var/spool";
}

public static class Spool
{
    public static async Task<string> WriteAsync(string name, byte[] body)
    {
        var file = new FileStream(Path.Combine("/tmp", name), FileMode.Create);
        await using (file)
        {
            await file.WriteAsync(body);
        }

        return Path.Combine(Storage.Current.Root, name);
    }
}
