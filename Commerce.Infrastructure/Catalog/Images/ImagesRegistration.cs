using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Catalog.Images;

public static class ImagesRegistration
{
    /// <summary>The image store (a disk folder; replace the IImageStore registration for another store) and the upload processor.</summary>
    public static IHostApplicationBuilder AddCatalogImages(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ImageStoreOptions>().BindConfiguration(ImageStoreOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddSingleton<DiskImageStore>(services => new DiskImageStore(services.GetRequiredService<IOptions<ImageStoreOptions>>(), contentRoot));
        builder.Services.AddSingleton<IImageStore>(services => services.GetRequiredService<DiskImageStore>());
        builder.Services.AddSingleton<ImageProcessor>();
        return builder;
    }
}
