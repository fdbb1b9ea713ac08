// Round 2. `await using (x.ConfigureAwait(false))`: the disposal's await drops the context, so the code after the
// block runs on the thread pool.
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
        await using (file.ConfigureAwait(false))
        {
            await file.WriteAsync(body);
        }

        return Path.Combine(Storage.Current.Root, name); // expect: WEFT0005
    }
}
