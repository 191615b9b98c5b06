package vn.chitieu.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;

/** The frame around every signed-in view: the app's name, navigation built from the views' {@code @Menu}, the user. */
@Layout
@PermitAll
public final class MainLayout extends AppLayout {

    /** The signed-in person's own page (security feature's ChangePasswordView), by address: base names no feature. */
    static final String OWN_ACCOUNT = "doi-mat-khau";
    /** The menu by the set of authorities it was built for (production only, see {@link #menu}). */
    private static final Map<Set<String>, List<MenuEntry>> MENUS = new ConcurrentHashMap<>();

    MainLayout(AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        var title = new Span("Chỉ tiêu");
        title.addClassName("app-title");
        var subtitle = new Span("Nghị quyết Đại hội");
        subtitle.addClassName("app-subtitle");
        var brand = new Div(title, subtitle);
        brand.addClassName("app-brand");

        var nav = new SideNav();
        menu(authentication).forEach(entry -> nav.addItem(item(entry)));

        addToDrawer(brand, new Scroller(nav), userBox(authentication));
        addToNavbar(new DrawerToggle());
    }

    /**
     * The menu for the person's roles. Vaadin checks every route's access rules to build it, about 10 ms of every
     * page's opening; the routes and their rules (roles only) do not change while a production application runs, so
     * the menu is kept per set of authorities. In development routes may be reloaded: built every time.
     */
    private static List<MenuEntry> menu(AuthenticationContext authentication) {
        VaadinService service = VaadinService.getCurrent();
        if (service == null || !service.getDeploymentConfiguration().isProductionMode()
                || !authentication.isAuthenticated()) {
            return MenuConfiguration.getMenuEntries();
        }
        Set<String> authorities = authentication.getGrantedAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
        return MENUS.computeIfAbsent(authorities, a -> List.copyOf(MenuConfiguration.getMenuEntries()));
    }

    private static SideNavItem item(MenuEntry entry) {
        return entry.icon() == null ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new Glyph(entry.icon()));
    }

    /** Who is signed in, leading to their own account (password, sign out everywhere), and signing out. */
    private static HorizontalLayout userBox(AuthenticationContext authentication) {
        if (!authentication.isAuthenticated()) {
            // an error page shown to someone not signed in
            var signIn = new Anchor("login", "Đăng nhập");
            var box = new HorizontalLayout(new Glyph(VaadinIcon.SIGN_IN), signIn);
            box.addClassName("app-user-box");
            return box;
        }
        var name = new Anchor(OWN_ACCOUNT, authentication.getPrincipalName().orElse(""));
        name.addClassName("app-user");
        name.setTitle("Đổi mật khẩu, đăng xuất khỏi mọi thiết bị");
        var logout = new Button("Đăng xuất", new Glyph(VaadinIcon.SIGN_OUT), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var box = new HorizontalLayout(new Glyph(VaadinIcon.USER), name, logout);
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        box.addClassName("app-user-box");
        return box;
    }
}
