using System.Threading.Tasks;

namespace Corpus.CurrentOffPool.R9.HelperReadsCurrent;

public static class Uploads
{
    public static Task<bool> CheckAsync(byte[] body)
    {
        return Task.Run(() =>
        {
            int size = body.Length;
            return LimitLookup.Allows(size); // expect: WEFT0005
        });
    }
}
