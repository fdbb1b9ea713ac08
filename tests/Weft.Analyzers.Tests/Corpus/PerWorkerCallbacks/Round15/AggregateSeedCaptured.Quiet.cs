// Round 15, WEFT0008 quiet twin: each worker folds into its own new set and merges it into the captured one under a
// lock.
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.AggregateSeedCapturedQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Sessions
{
    public Dictionary<string, string> ByToken { get; } = [];
}

public sealed class ActiveUsersHandler(WorkerPool pool)
{
    public async Task<int> CountAsync()
    {
        var users = new HashSet<string>();
        await Sessions.UpdateAllAsync(pool, s =>
        {
            var mine = s.ByToken.Values.Aggregate(new HashSet<string>(), static (set, user) => { set.Add(user); return set; });
            lock (users)
            {
                users.UnionWith(mine);
            }
        });
        return users.Count;
    }
}
