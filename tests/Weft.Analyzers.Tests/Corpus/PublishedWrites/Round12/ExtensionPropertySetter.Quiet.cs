// C# 14 extension property setter used before the publish; after it, only the getter is read.
using System;
using Weft.Slots;

namespace Corpus.R12.ExtensionPropertySetterQuiet;

public sealed class Quota
{
    public int Max { get; set; }
}

public static class QuotaExtensions
{
    extension(Quota quota)
    {
        public int Limit
        {
            get => quota.Max;
            set => quota.Max = value;
        }
    }
}

public static class Quotas
{
    public static void Publish(Slot<Quota> slot)
    {
        var quota = new Quota { Max = 10 };
        quota.Limit = 20;
        slot.Publish(quota);
        Console.WriteLine(quota.Limit);
    }
}
