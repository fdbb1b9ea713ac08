using Weft;

namespace Corpus.StaticWrites.R9.PublicHelperElsewhere;

public static class Handlers
{
    public static void OnLogin(WorkerPool pool, string user)
    {
        pool.Workers[0].Post(() => Audit.Record($"login {user}"));
    }
}
