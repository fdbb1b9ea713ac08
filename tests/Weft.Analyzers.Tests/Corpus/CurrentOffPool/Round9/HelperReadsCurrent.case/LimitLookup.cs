namespace Corpus.CurrentOffPool.R9.HelperReadsCurrent;

public static class LimitLookup
{
    public static bool Allows(int bytes) => bytes <= Limits.Current.MaxUploadBytes;
}
