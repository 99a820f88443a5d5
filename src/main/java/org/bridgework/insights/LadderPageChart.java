package org.bridgework.insights;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bridgework.homework.Assignment;
import org.bridgework.identity.CurrentUser;
import org.bridgework.ladders.Ladders;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Draws the ladder's steps over time on the ladders module's own page
 * ({@code ladders/edit}), under its table of step changes, without that module knowing of
 * this one: after the page was prepared for the clinician, this adds {@code ladderChart}
 * when the ladder has changed step at least once.
 */
@Configuration
class LadderPageChart implements WebMvcConfigurer, HandlerInterceptor {

	static final String LADDER_PAGE = "ladders/edit";

	private final Ladders ladders;

	private final InsightsPanels panels;

	LadderPageChart(Ladders ladders, InsightsPanels panels) {
		this.ladders = ladders;
		this.panels = panels;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/assignments/*/ladder", "/assignments/*/ladder/*");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || !LADDER_PAGE.equals(view.getViewName()) || view.getModel().get("ladder") == null
				|| !(view.getModel().get("currentUser") instanceof CurrentUser user)
				|| !(view.getModel().get("assignment") instanceof Assignment assignment)) {
			return;
		}
		this.ladders.find(user, assignment.id())
			.filter((state) -> !state.history().isEmpty())
			.ifPresent((state) -> view.addObject("ladderChart", this.panels.ladderChart(state)));
	}

}
