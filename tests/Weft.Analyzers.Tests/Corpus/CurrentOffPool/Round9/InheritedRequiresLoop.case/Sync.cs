using System.Threading.Tasks;

namespace Corpus.CurrentOffPool.R9.InheritedRequiresLoop;

public static class Sync
{
    public static async Task SyncAsync(LocalStore store, Task upload)
    {
        await upload.ConfigureAwait(false);
        store.FlushLocal(); // expect: WEFT0005 "FlushLocal"
    }
}
