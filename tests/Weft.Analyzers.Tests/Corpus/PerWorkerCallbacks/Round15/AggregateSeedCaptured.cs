// Round 15, WEFT0008 through LINQ: the "active users" endpoint folds every worker's session keys into one captured
// HashSet with Aggregate, whose seed is that set: the fold's lambda adds to it on every worker at once. The page
// (WEFT0002/0003) names Aggregate's seed among the lambdas given next to an object.
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.AggregateSeedCaptured;

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
            s.ByToken.Values.Aggregate(users, static (set, user) => { set.Add(user); return set; })); // expect: WEFT0008
        return users.Count;
    }
}
