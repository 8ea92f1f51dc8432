import angularConfig from '../../../../eslint.angular.config.mjs';

export default [...angularConfig];
