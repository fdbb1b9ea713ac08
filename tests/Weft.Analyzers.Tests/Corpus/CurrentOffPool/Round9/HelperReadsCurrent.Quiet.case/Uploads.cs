using System.Threading.Tasks;

namespace Corpus.CurrentOffPool.R9.HelperReadsCurrent;

public static class Uploads
{
    public static Task<bool> CheckAsync(byte[] body)
    {
        bool allowed = LimitLookup.Allows(body.Length);
        return Task.Run(() =>
        {
            int size = body.Length;
            return allowed && size > 0;
        });
    }
}
